using Mobility.Access;
using Mobility.BuildingBlocks.Modules;
using Mobility.Enrolment;
using Mobility.Impact;
using Mobility.Placements;
using Mobility.Recognition;

namespace Mobility.Host;

/// <summary>The one explicit list of modules the platform is composed from. Architecture tests read it too.</summary>
public static class Modules
{
    public static IReadOnlyList<IModule> All() =>
    [
        new EnrolmentModule(),
        new PlacementsModule(),
        new RecognitionModule(),
        new ImpactModule(),
        new AccessModule(),
    ];
}
