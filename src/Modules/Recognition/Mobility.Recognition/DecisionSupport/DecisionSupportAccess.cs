using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;

namespace Mobility.Recognition.DecisionSupport;

internal static class DecisionSupportAccess
{
    /// <summary>The rules are the consortium's policy: coordinators edit them.</summary>
    public static void RequireRuleEditor(this Viewer viewer)
        => Rule.Require(viewer.IsSystem || viewer.IsIn(PlatformRole.ConsortiumCoordinator), "NOT_CONSORTIUM_COORDINATOR",
            "Only a consortium coordinator edits the decision-support rules.");
}
