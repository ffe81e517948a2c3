using Mobility.BuildingBlocks.Security;

namespace Mobility.Recognition.DecisionSupport;

internal static class DecisionSupportAccess
{
    /// <summary>The rules are the consortium's policy: coordinators edit them.</summary>
    public static void RequireRuleEditor(this Viewer viewer)
        => viewer.RequireRole("edit the decision-support rules", PlatformRole.ConsortiumCoordinator);
}
