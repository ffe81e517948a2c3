using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;

namespace Mobility.Enrolment.Qualifications;

internal sealed record RegisterQualification(
    string NationalName,
    string NationalLevel,
    string Country,
    int EqfLevel,
    string IscedField,
    Guid? Id = null) : IRequest<Guid>;

internal sealed class RegisterQualificationValidator : AbstractValidator<RegisterQualification>
{
    public RegisterQualificationValidator()
    {
        RuleFor(r => r.NationalName).NotEmpty().MaximumLength(300);
        RuleFor(r => r.NationalLevel).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Country).Must(CountryCode.IsValid).WithErrorCode("CountryCode")
            .WithMessage("'{PropertyValue}' is not an ISO 3166-1 alpha-2 country code (EL and UK are accepted).");
        RuleFor(r => r.EqfLevel).InclusiveBetween(QualificationRules.MinEqfLevel, QualificationRules.MaxEqfLevel);
        RuleFor(r => r.IscedField).Must(QualificationRules.IsIscedField).WithErrorCode("IscedFieldFormat")
            .WithMessage("'{PropertyValue}' is not a four-digit ISCED-F 2013 field code.");
    }
}

internal sealed class RegisterQualificationHandler(EnrolmentDbContext db) : IRequestHandler<RegisterQualification, Guid>
{
    public async Task<Guid> Handle(RegisterQualification request, CancellationToken cancellationToken)
    {
        var qualification = Qualification.Register(
            request.Id ?? Guid.CreateVersion7(), request.NationalName, request.NationalLevel, request.Country,
            request.EqfLevel, request.IscedField);
        var taken = await db.Qualifications.AnyAsync(
            q => q.Country == qualification.Country && q.NationalName == qualification.NationalName, cancellationToken);
        Rule.Require(!taken, "QUALIFICATION_ALREADY_REGISTERED",
            $"{qualification.NationalName} ({qualification.Country}) is already registered.");
        db.Qualifications.Add(qualification);
        await db.SaveChangesAsync(cancellationToken);
        return qualification.Id;
    }
}

internal sealed class RegisterQualificationAuthorizer : IAuthorizer<RegisterQualification>
{
    public Task AuthorizeAsync(RegisterQualification request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("register qualifications", PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}
