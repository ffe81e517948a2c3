using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Organisations;
using Mobility.Enrolment.Qualifications;

namespace Mobility.Enrolment.Learners;

internal sealed record RegisterLearner(
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    Gender Gender,
    string Nationality,
    Guid SchoolId,
    Guid QualificationId,
    int ProgrammeYear,
    string? Email = null,
    Guid? Id = null) : IRequest<Guid>;

internal sealed class RegisterLearnerValidator : AbstractValidator<RegisterLearner>
{
    public RegisterLearnerValidator(TimeProvider clock)
    {
        RuleFor(r => r.FirstName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.LastName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.Email).EmailAddress().MaximumLength(254).When(r => r.Email is not null);
        RuleFor(r => r.BirthDate).LessThan(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The birth date must be in the past.");
        RuleFor(r => r.Gender).IsInEnum();
        RuleFor(r => r.Nationality).Must(CountryCode.IsValid).WithErrorCode("CountryCode")
            .WithMessage("'{PropertyValue}' is not an ISO 3166-1 alpha-2 country code (EL and UK are accepted).");
        RuleFor(r => r.SchoolId).NotEmpty();
        RuleFor(r => r.QualificationId).NotEmpty();
        RuleFor(r => r.ProgrammeYear).InclusiveBetween(1, 5);
    }
}

internal sealed class RegisterLearnerHandler(EnrolmentDbContext db, TimeProvider clock) : IRequestHandler<RegisterLearner, Guid>
{
    public async Task<Guid> Handle(RegisterLearner request, CancellationToken cancellationToken)
    {
        var school = await db.Organisations.FindAsync([request.SchoolId], cancellationToken)
            ?? throw new NotFoundException(nameof(Organisation), request.SchoolId);
        var qualification = await db.Qualifications.FindAsync([request.QualificationId], cancellationToken)
            ?? throw new NotFoundException(nameof(Qualification), request.QualificationId);
        var now = clock.GetUtcNow().UtcDateTime;
        var learner = Learner.Register(
            request.Id ?? Guid.CreateVersion7(), request.FirstName, request.LastName, request.Email, request.BirthDate,
            request.Gender, request.Nationality, school, qualification, request.ProgrammeYear, DateOnly.FromDateTime(now));
        db.Learners.Add(learner);
        db.Publish(LearnerEvents.Registered(learner, Guid.CreateVersion7(), now));
        await db.SaveChangesAsync(cancellationToken);
        return learner.Id;
    }
}

internal sealed class RegisterLearnerAuthorizer : IAuthorizer<RegisterLearner>
{
    public Task AuthorizeAsync(RegisterLearner request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireManagesOrganisation(request.SchoolId, "register its learners");
        return Task.CompletedTask;
    }
}
