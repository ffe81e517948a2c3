using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Impact.Reports;

/// <summary>
/// Who may see which report: the platform all; a consortium's coordinators both versions of their consortium's
/// reports; funders the funder version of any consortium (aggregates, small counts suppressed). Nobody else.
/// </summary>
internal static class ReportAccess
{
    public static bool MaySee(Viewer viewer, ReportKind kind, Guid? consortiumId)
        => viewer.IsSystem
            || (viewer.IsIn(PlatformRole.ConsortiumCoordinator) && consortiumId is { } id && viewer.ConsortiumIds.Contains(id))
            || (viewer.IsIn(PlatformRole.Funder) && kind == ReportKind.Funder);

    public static void EnsureMayGenerate(Viewer viewer, ReportKind kind, Guid consortiumId)
    {
        if (!MaySee(viewer, kind, consortiumId))
        {
            throw new NotFoundException("Consortium", consortiumId);
        }
    }
}
