using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.HostOrganisations;

/// <summary>Host organisations by name, optionally in one country and/or one sector.</summary>
internal sealed record ListHostOrganisations(string? Country = null, string? Sector = null) : IRequest<IReadOnlyList<HostOrganisation>>;

internal sealed class ListHostOrganisationsValidator : AbstractValidator<ListHostOrganisations>
{
    public ListHostOrganisationsValidator()
        => RuleFor(r => r.Country).Must(CountryCode.IsValid).When(r => r.Country is not null).WithErrorCode("CountryCode");
}

internal sealed class ListHostOrganisationsHandler(PlacementsDbContext db, Viewer viewer)
    : IRequestHandler<ListHostOrganisations, IReadOnlyList<HostOrganisation>>
{
    public async Task<IReadOnlyList<HostOrganisation>> Handle(ListHostOrganisations request, CancellationToken cancellationToken)
    {
        var hosts = db.VisibleHostOrganisations(viewer).AsNoTracking();
        if (request.Country is { } country)
        {
            var iso = CountryCode.Parse(country).Iso;
            hosts = hosts.Where(h => h.Country == iso);
        }

        if (request.Sector is { } sector)
        {
            hosts = hosts.Where(h => h.Sector == sector);
        }

        return (await hosts.ToListAsync(cancellationToken)).OrderBy(h => h.Name, StringComparer.Ordinal).ThenBy(h => h.Id).ToList();
    }
}
