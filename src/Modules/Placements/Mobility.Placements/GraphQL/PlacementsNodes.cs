using Mobility.Placements.Data;
using Mobility.Placements.HostOrganisations;
using Mobility.Placements.Lifecycle;
using Mobility.Placements.SendingCompanies;

namespace Mobility.Placements.GraphQL;

/// <summary>
/// Entity-to-node selects that EF Core translates: the data layer filters, sorts, pages and projects on the nodes'
/// members, and the placement's host, host tutor and sending company come in the same SQL query (left joins
/// inside this module).
/// </summary>
internal static class PlacementsNodes
{
    public static IQueryable<HostOrganisationNode> Hosts(IQueryable<HostOrganisation> hosts, bool contacts) =>
        hosts.Select(h => new HostOrganisationNode
        {
            Id = h.Id,
            Name = h.Name,
            Kind = h.Kind,
            Country = h.Country,
            City = h.City,
            Latitude = h.Latitude,
            Longitude = h.Longitude,
            Sector = h.Sector,
            ContactName = contacts ? h.ContactName : null,
            ContactEmail = contacts ? h.ContactEmail : null,
            ContactPhone = contacts ? h.ContactPhone : null,
        });

    public static IQueryable<SendingCompanyNode> SendingCompanies(IQueryable<SendingCompany> companies) =>
        companies.Select(c => new SendingCompanyNode
        {
            Id = c.Id,
            Name = c.Name,
            City = c.City,
            ContactName = c.ContactName,
            ContactEmail = c.ContactEmail,
            ContractSignedOn = c.ContractSignedOn,
            InformedOn = c.InformedOn,
            Agreement = c.Agreement,
            AgreementDecidedOn = c.AgreementDecidedOn,
            AgreementNote = c.AgreementNote,
            LearnerId = c.LearnerId,
        });

    public static IQueryable<PlacementNode> Placements(IQueryable<Placement> placements, PlacementsDbContext db, bool hostContacts) =>
        placements
            .LeftJoin(db.HostOrganisations, p => p.HostOrganisationId, h => (Guid?)h.Id, (p, h) => new { p, h })
            .LeftJoin(db.SendingCompanies, x => x.p.LearnerId, c => (Guid?)c.LearnerId, (x, c) => new { x.p, x.h, c })
            .Select(x => new PlacementNode
            {
                Id = x.p.Id,
                Kind = x.p.Kind,
                Direction = x.p.Direction,
                Status = x.p.Status,
                CallYear = x.p.CallYear,
                StartsOn = x.p.StartsOn,
                EndsOn = x.p.EndsOn,
                DurationDays = x.p.DurationDays,
                OriginCity = x.p.OriginCity,
                OriginCountry = x.p.OriginCountry,
                DestinationCity = x.p.DestinationCity,
                DestinationCountry = x.p.DestinationCountry,
                IncomingParticipantName = x.p.IncomingParticipantName,
                IncomingHomeOrganisation = x.p.IncomingHomeOrganisation,
                PlannedAt = x.p.PlannedAt,
                ConfirmedAt = x.p.ConfirmedAt,
                StartedAt = x.p.StartedAt,
                ClosedAt = x.p.ClosedAt,
                InterruptedOn = x.p.InterruptedOn,
                ClosingReason = x.p.ClosingReason,
                ForceMajeure = x.p.ForceMajeure,
                LearnerId = x.p.LearnerId,
                StaffMemberId = x.p.StaffMemberId,
                SendingOrganisationId = x.p.SendingOrganisationId,
                HostOrganisation = x.h == null ? null : new HostOrganisationNode
                {
                    Id = x.h.Id,
                    Name = x.h.Name,
                    Kind = x.h.Kind,
                    Country = x.h.Country,
                    City = x.h.City,
                    Latitude = x.h.Latitude,
                    Longitude = x.h.Longitude,
                    Sector = x.h.Sector,
                    ContactName = hostContacts ? x.h.ContactName : null,
                    ContactEmail = hostContacts ? x.h.ContactEmail : null,
                    ContactPhone = hostContacts ? x.h.ContactPhone : null,
                },
                HostTutor = x.p.HostTutorName == null ? null : new HostTutorNode
                {
                    Name = x.p.HostTutorName,
                    Email = x.p.HostTutorEmail ?? "",
                    Position = x.p.HostTutorPosition ?? "",
                    AppointedAt = x.p.HostTutorAppointedAt,
                },
                SendingCompany = x.c == null ? null : new SendingCompanyNode
                {
                    Id = x.c.Id,
                    Name = x.c.Name,
                    City = x.c.City,
                    ContactName = x.c.ContactName,
                    ContactEmail = x.c.ContactEmail,
                    ContractSignedOn = x.c.ContractSignedOn,
                    InformedOn = x.c.InformedOn,
                    Agreement = x.c.Agreement,
                    AgreementDecidedOn = x.c.AgreementDecidedOn,
                    AgreementNote = x.c.AgreementNote,
                    LearnerId = x.c.LearnerId,
                },
            });
}
