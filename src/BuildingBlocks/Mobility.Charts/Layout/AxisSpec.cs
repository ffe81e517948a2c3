using Mobility.Charts.Data;
using Mobility.Charts.Ticks;

namespace Mobility.Charts.Layout;

/// <summary>An axis after the user's settings and the plottables' hints have been merged.</summary>
internal sealed record AxisSpec(
    AxisKind Kind,
    Interval Range,
    IReadOnlyList<string> Categories,
    Func<double, string>? Formatter,
    bool IntegerOnly,
    bool Grid,
    bool Visible,
    string Title,
    IReadOnlyList<Tick>? ManualTicks);
