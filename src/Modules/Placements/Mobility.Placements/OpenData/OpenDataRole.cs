namespace Mobility.Placements.OpenData;

internal enum OpenDataRole
{
    Sending,
    Receiving,
}
