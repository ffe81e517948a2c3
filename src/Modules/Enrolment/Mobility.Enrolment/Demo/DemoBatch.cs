using Mobility.BuildingBlocks.Messaging;
using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Consortia;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.PeerTutoring;
using Mobility.Enrolment.Staff;

namespace Mobility.Enrolment.Demo;

/// <summary>One demo consortium built in memory through the domain's own factories, saved one kind at a time.</summary>
internal sealed class DemoBatch
{
    public List<Organisation> Organisations { get; } = [];

    public List<Consortium> Consortia { get; } = [];

    public List<TutoringTeam> TutoringTeams { get; } = [];

    public List<Learner> Learners { get; } = [];

    public List<LearnerSensitiveData> SensitiveData { get; } = [];

    public List<StaffMember> Staff { get; } = [];

    public List<MobilityCall> Calls { get; } = [];

    public List<Application> Applications { get; } = [];

    public List<IIntegrationEvent> LearnerEvents { get; } = [];

    public List<IIntegrationEvent> ApplicationEvents { get; } = [];

    public List<IIntegrationEvent> SensitiveEvents { get; } = [];
}
