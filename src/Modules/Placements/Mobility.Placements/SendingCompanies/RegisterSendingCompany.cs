using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Data;
using Mobility.Placements.Scoping;

namespace Mobility.Placements.SendingCompanies;

/// <summary>Records an apprentice's employer, with the day the apprenticeship contract was signed.</summary>
internal sealed record RegisterSendingCompany(
    Guid LearnerId,
    string Name,
    string City,
    string ContactName,
    string ContactEmail,
    DateOnly ContractSignedOn,
    Guid? Id = null) : IRequest<Guid>;

internal sealed class RegisterSendingCompanyValidator : AbstractValidator<RegisterSendingCompany>
{
    public RegisterSendingCompanyValidator()
    {
        RuleFor(r => r.LearnerId).NotEmpty();
        RuleFor(r => r.Name).NotEmpty().MaximumLength(300);
        RuleFor(r => r.City).NotEmpty().MaximumLength(200);
        RuleFor(r => r.ContactName).NotEmpty().MaximumLength(200);
        RuleFor(r => r.ContactEmail).NotEmpty().EmailAddress().MaximumLength(254);
    }
}

internal sealed class RegisterSendingCompanyHandler(PlacementsDbContext db, IEnrolmentDirectory enrolment)
    : IRequestHandler<RegisterSendingCompany, Guid>
{
    public async Task<Guid> Handle(RegisterSendingCompany request, CancellationToken cancellationToken)
    {
        var learners = await enrolment.GetLearnersAsync([request.LearnerId], cancellationToken);
        Rule.Require(learners.Count == 1, "LEARNER_UNKNOWN", $"Learner {request.LearnerId} is not enrolled.");
        Rule.Require(!await db.SendingCompanies.AnyAsync(c => c.LearnerId == request.LearnerId, cancellationToken),
            "SENDING_COMPANY_ALREADY_REGISTERED", "This apprentice's employer is already registered.");
        var company = SendingCompany.Register(
            request.Id ?? Guid.CreateVersion7(), request.LearnerId, request.Name, request.City, request.ContactName,
            request.ContactEmail, request.ContractSignedOn);
        db.SendingCompanies.Add(company);
        await db.SaveChangesAsync(cancellationToken);
        return company.Id;
    }
}

internal sealed class RegisterSendingCompanyAuthorizer(IEnrolmentDirectory enrolment) : IAuthorizer<RegisterSendingCompany>
{
    public Task AuthorizeAsync(RegisterSendingCompany request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return enrolment.RequireManagesLearnerAsync(viewer, request.LearnerId, "register their employer", cancellationToken);
    }
}
