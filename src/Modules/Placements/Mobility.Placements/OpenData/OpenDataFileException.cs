namespace Mobility.Placements.OpenData;

/// <summary>The file as a whole cannot be imported (unreadable, empty, wrong header); nothing is written.</summary>
internal sealed class OpenDataFileException(string message) : Exception(message);
