namespace Mobility.BuildingBlocks.Csv;

/// <summary>One record: the line it starts on, its fields, and why it is malformed when it is.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error);
