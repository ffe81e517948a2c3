using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Calls;

/// <summary>Scores one criterion (0-10) and returns the application's weighted score.</summary>
internal sealed record ScoreApplication(Guid ApplicationId, Guid CriterionId, int Score) : IRequest<decimal>;

internal sealed class ScoreApplicationValidator : AbstractValidator<ScoreApplication>
{
    public ScoreApplicationValidator()
    {
        RuleFor(r => r.ApplicationId).NotEmpty();
        RuleFor(r => r.CriterionId).NotEmpty();
        RuleFor(r => r.Score).InclusiveBetween(0, CriterionScore.Max);
    }
}

internal sealed class ScoreApplicationHandler(EnrolmentDbContext db) : IRequestHandler<ScoreApplication, decimal>
{
    public async Task<decimal> Handle(ScoreApplication request, CancellationToken cancellationToken)
    {
        var application = await db.LoadApplicationAsync(request.ApplicationId, cancellationToken);
        var call = await db.LoadCallAsync(application.MobilityCallId, cancellationToken);
        var criterion = call.Criteria.FirstOrDefault(c => c.Id == request.CriterionId)
            ?? throw new NotFoundException(nameof(SelectionCriterion), request.CriterionId);
        application.Score(criterion, request.Score);
        await db.SaveChangesAsync(cancellationToken);
        return application.WeightedScore(call.Criteria);
    }
}

internal sealed class ScoreApplicationAuthorizer(EnrolmentDbContext db) : IAuthorizer<ScoreApplication>
{
    public Task AuthorizeAsync(ScoreApplication request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireDecidesApplicationAsync(viewer, request.ApplicationId, "score applications to this call", cancellationToken);
    }
}
