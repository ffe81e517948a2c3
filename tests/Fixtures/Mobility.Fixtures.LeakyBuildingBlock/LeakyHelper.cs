using Mobility.Enrolment;

namespace Mobility.Fixtures.LeakyBuildingBlock;

public static class LeakyHelper
{
    public static string ModuleName() => new EnrolmentModule().Name;
}
