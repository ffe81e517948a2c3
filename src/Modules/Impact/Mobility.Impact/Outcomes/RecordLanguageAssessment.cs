using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Demo;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.Impact.Data;

namespace Mobility.Impact.Outcomes;

/// <summary>Records one skill's CEFR level before departure, after return, or both; a later entry completes the first.</summary>
internal sealed record RecordLanguageAssessment(Guid PlacementId, string Language, LanguageSkill Skill, CefrLevel? Before, CefrLevel? After)
    : IRequest<Guid>;

internal sealed class RecordLanguageAssessmentValidator : AbstractValidator<RecordLanguageAssessment>
{
    public RecordLanguageAssessmentValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.Language).NotEmpty().Length(2);
        RuleFor(r => r.Skill).IsInEnum();
        RuleFor(r => r.Before).IsInEnum();
        RuleFor(r => r.After).IsInEnum();
        RuleFor(r => r).Must(r => r.Before is not null || r.After is not null).WithName("after")
            .WithMessage("Give the level before departure, after return, or both.");
    }
}

internal sealed class RecordLanguageAssessmentHandler(ImpactDbContext db, Viewer viewer, TimeProvider clock)
    : IRequestHandler<RecordLanguageAssessment, Guid>
{
    public async Task<Guid> Handle(RecordLanguageAssessment request, CancellationToken cancellationToken)
    {
        var participation = await OutcomeAccess.PlacementForRecordingAsync(db, viewer, request.PlacementId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var language = LanguageCode.IsValid(request.Language) ? LanguageCode.Normalise(request.Language) : request.Language;
        var assessment = await db.LanguageAssessments.SingleOrDefaultAsync(
            a => a.PlacementId == request.PlacementId && a.Language == language && a.Skill == request.Skill, cancellationToken);
        if (assessment is null)
        {
            assessment = LanguageAssessment.Start(
                DeterministicGuid.Create($"impact/language-assessment/{request.PlacementId}/{language}/{request.Skill}"),
                request.PlacementId, participation.LearnerId, language, request.Skill, now);
            db.LanguageAssessments.Add(assessment);
        }

        assessment.Record(request.Before, request.After, now);
        db.MarkForRefresh(participation.LearnerId, now);
        await db.SaveChangesAsync(cancellationToken);
        return assessment.Id;
    }
}

/// <summary>The role check; which learners, placements and staff members the viewer reaches is the handler's (others are not found).</summary>
internal sealed class RecordLanguageAssessmentAuthorizer : IAuthorizer<RecordLanguageAssessment>
{
    public Task AuthorizeAsync(RecordLanguageAssessment request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRole("record language assessments", PlatformRole.SchoolStaff, PlatformRole.ConsortiumCoordinator);
        return Task.CompletedTask;
    }
}
