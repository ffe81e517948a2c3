using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Geography;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Qualifications;

/// <summary>All qualifications, or those of one country; ordered by EQF level then name.</summary>
internal sealed record ListQualifications(string? Country = null) : IRequest<IReadOnlyList<Qualification>>;

internal sealed class ListQualificationsValidator : AbstractValidator<ListQualifications>
{
    public ListQualificationsValidator()
        => RuleFor(r => r.Country).Must(CountryCode.IsValid).When(r => r.Country is not null).WithErrorCode("CountryCode");
}

internal sealed class ListQualificationsHandler(EnrolmentDbContext db) : IRequestHandler<ListQualifications, IReadOnlyList<Qualification>>
{
    public async Task<IReadOnlyList<Qualification>> Handle(ListQualifications request, CancellationToken cancellationToken)
    {
        IQueryable<Qualification> query = db.Qualifications.AsNoTracking().Include(q => q.Units);
        if (request.Country is not null)
        {
            var iso = CountryCode.Parse(request.Country).Iso;
            query = query.Where(q => q.Country == iso);
        }

        return await query.OrderBy(q => q.EqfLevel).ThenBy(q => q.NationalName).ToListAsync(cancellationToken);
    }
}
