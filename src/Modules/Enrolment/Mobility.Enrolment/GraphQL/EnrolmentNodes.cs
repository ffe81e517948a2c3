using Mobility.Enrolment.Calls;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Learners;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Staff;

namespace Mobility.Enrolment.GraphQL;

/// <summary>
/// Entity-to-node selects that EF Core translates: the GraphQL data layer filters, sorts, pages and projects on
/// the nodes' members, and EF turns all of it into one SQL query with the joins inside this module.
/// </summary>
internal static class EnrolmentNodes
{
    public static IQueryable<OrganisationNode> Organisations(IQueryable<Organisation> organisations) =>
        organisations.Select(o => new OrganisationNode
        {
            Id = o.Id, Name = o.Name, Kind = o.Kind, Country = o.Country, City = o.City, Oid = o.Oid, ErasmusCode = o.ErasmusCode,
            Sectors = o.Sectors,
        });

    public static IQueryable<LearnerNode> Learners(IQueryable<Learner> learners, EnrolmentDbContext db) =>
        learners.Join(db.Organisations, l => l.SchoolId, o => o.Id, (l, o) => new { l, o }).Select(x => new LearnerNode
        {
            Id = x.l.Id,
            FirstName = x.l.FirstName,
            LastName = x.l.LastName,
            Email = x.l.Email,
            BirthDate = x.l.BirthDate,
            Gender = x.l.Gender,
            Nationality = x.l.Nationality,
            ProgrammeYear = x.l.ProgrammeYear,
            HasGuardianConsent = x.l.GuardianConsentBy != null,
            QualificationId = x.l.QualificationId,
            School = new OrganisationNode
            {
                Id = x.o.Id, Name = x.o.Name, Kind = x.o.Kind, Country = x.o.Country, City = x.o.City, Oid = x.o.Oid,
                ErasmusCode = x.o.ErasmusCode, Sectors = x.o.Sectors,
            },
        });

    public static IQueryable<StaffMemberNode> Staff(IQueryable<StaffMember> staff, EnrolmentDbContext db) =>
        staff.Join(db.Organisations, s => s.OrganisationId, o => o.Id, (s, o) => new { s, o }).Select(x => new StaffMemberNode
        {
            Id = x.s.Id,
            FirstName = x.s.FirstName,
            LastName = x.s.LastName,
            Email = x.s.Email,
            Role = x.s.Role,
            Organisation = new OrganisationNode
            {
                Id = x.o.Id, Name = x.o.Name, Kind = x.o.Kind, Country = x.o.Country, City = x.o.City, Oid = x.o.Oid,
                ErasmusCode = x.o.ErasmusCode, Sectors = x.o.Sectors,
            },
        });

    public static IQueryable<MobilityCallNode> Calls(IQueryable<MobilityCall> calls) =>
        calls.Select(c => new MobilityCallNode
        {
            Id = c.Id,
            Title = c.Title,
            ApplicationsOpenOn = c.ApplicationsOpenOn,
            ApplicationsCloseOn = c.ApplicationsCloseOn,
            MobilityStartsOn = c.MobilityStartsOn,
            MobilityEndsOn = c.MobilityEndsOn,
            Places = c.Places,
            ConsortiumId = c.ConsortiumId,
        });

    public static IQueryable<ApplicationNode> Applications(IQueryable<Application> applications, EnrolmentDbContext db) =>
        applications
            .Join(db.Learners, a => a.LearnerId, l => l.Id, (a, l) => new { a, l })
            .Join(db.Organisations, x => x.l.SchoolId, o => o.Id, (x, o) => new { x.a, x.l, o })
            .Join(db.MobilityCalls, x => x.a.MobilityCallId, c => c.Id, (x, c) => new { x.a, x.l, x.o, c })
            .Select(x => new ApplicationNode
            {
                Id = x.a.Id,
                Status = x.a.Status,
                SubmittedAt = x.a.SubmittedAt,
                Learner = new LearnerNode
                {
                    Id = x.l.Id,
                    FirstName = x.l.FirstName,
                    LastName = x.l.LastName,
                    Email = x.l.Email,
                    BirthDate = x.l.BirthDate,
                    Gender = x.l.Gender,
                    Nationality = x.l.Nationality,
                    ProgrammeYear = x.l.ProgrammeYear,
                    HasGuardianConsent = x.l.GuardianConsentBy != null,
                    QualificationId = x.l.QualificationId,
                    School = new OrganisationNode
                    {
                        Id = x.o.Id, Name = x.o.Name, Kind = x.o.Kind, Country = x.o.Country, City = x.o.City, Oid = x.o.Oid,
                        ErasmusCode = x.o.ErasmusCode, Sectors = x.o.Sectors,
                    },
                },
                Call = new MobilityCallNode
                {
                    Id = x.c.Id,
                    Title = x.c.Title,
                    ApplicationsOpenOn = x.c.ApplicationsOpenOn,
                    ApplicationsCloseOn = x.c.ApplicationsCloseOn,
                    MobilityStartsOn = x.c.MobilityStartsOn,
                    MobilityEndsOn = x.c.MobilityEndsOn,
                    Places = x.c.Places,
                    ConsortiumId = x.c.ConsortiumId,
                },
            });
}
