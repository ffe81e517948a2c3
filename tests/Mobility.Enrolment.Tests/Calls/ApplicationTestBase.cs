using MediatR;
using Mobility.BuildingBlocks.Persistence;
using Mobility.Enrolment.Calls;

namespace Mobility.Enrolment.Tests.Calls;

/// <summary>A consortium with one member school, a CAP and a call open today.</summary>
public abstract class ApplicationTestBase(DatabaseProvider provider) : EnrolmentTestBase(provider)
{
    protected Guid Consortium { get; private set; }

    protected Guid School { get; private set; }

    protected Guid Qualification { get; private set; }

    protected Guid Call { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (Consortium, _) = await Host.ConsortiumAsync();
        School = await Host.MemberSchoolAsync(Consortium, "Lycée Guillaume Tirel");
        Qualification = await Host.QualificationAsync();
        Call = await Host.CallAsync(Consortium);
    }

    protected async Task<Guid> ApplyAsync(Guid? call = null, DateOnly? birthDate = null, string firstName = "Camille")
    {
        var learner = await Host.LearnerAsync(School, Qualification, birthDate, firstName);
        return await Host.SendAsync(new SubmitApplication(call ?? Call, learner, "Camille Martin"));
    }

    protected Task<Unit> MoveAsync(Guid application, string step) => step switch
    {
        "Shortlist" => Host.SendAsync(new ShortlistApplication(application, "Strong motivation", "Selection committee")),
        "Select" => Host.SendAsync(new SelectApplication(application, "Ranked within the places", "Selection committee")),
        "Reserve" => Host.SendAsync(new PlaceApplicationOnReserve(application, "Next in line", "Selection committee")),
        "Reject" => Host.SendAsync(new RejectApplication(application, "Placement does not fit the programme", "Selection committee")),
        "Withdraw" => Host.SendAsync(new WithdrawApplication(application, "Family reasons", "Camille Martin")),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step."),
    };

    private protected async Task<ApplicationStatus> StatusAsync(Guid application)
        => (await Host.SendAsync(new GetApplicationHistory(application)))[^1].ToStatus;
}
