using Mobility.BuildingBlocks.Security;
using Mobility.Placements.Contracts.Directory;
using Mobility.Recognition.Data;
using Mobility.Recognition.DecisionSupport;
using Mobility.Recognition.Europass;

namespace Mobility.Recognition.Recognitions;

// Who may send each of Recognition's commands; the mediator runs these before the handlers. A recognition the viewer
// may not see answers NOT_FOUND, as the lookups answer null: a refusal would tell them it exists. One they see but may
// not act on answers ACCESS_DENIED. A recognition that does not exist is left to the handler (NOT_FOUND).

internal sealed class DefineUnitOfLearningOutcomesAuthorizer(RecognitionDbContext db, IPlacementsDirectory placements)
    : IAuthorizer<DefineUnitOfLearningOutcomes>
{
    public async Task AuthorizeAsync(DefineUnitOfLearningOutcomes request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await db.FindRecognitionAsync(request.PlacementId, cancellationToken) is { } recognition)
        {
            viewer.RequireVisible(recognition);
        }

        if ((await placements.GetPlacementsAsync([request.PlacementId], cancellationToken)).SingleOrDefault() is { SendingOrganisationId: { } sender })
        {
            viewer.RequirePreparer(sender);
        }
    }
}

internal sealed class RemoveUnitOfLearningOutcomesAuthorizer(RecognitionDbContext db) : IAuthorizer<RemoveUnitOfLearningOutcomes>
{
    public async Task AuthorizeAsync(RemoveUnitOfLearningOutcomes request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await db.FindRecognitionOfUnitAsync(request.UnitId, cancellationToken) is { } recognition)
        {
            viewer.RequireVisible(recognition);
            viewer.RequirePreparer(recognition.SendingOrganisationId);
        }
    }
}

internal sealed class RecordHostAssessmentAuthorizer(RecognitionDbContext db) : IAuthorizer<RecordHostAssessment>
{
    public async Task AuthorizeAsync(RecordHostAssessment request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await db.FindRecognitionAsync(request.PlacementId, cancellationToken) is { } recognition)
        {
            viewer.RequireVisible(recognition);
            viewer.RequireHostTutor(recognition);
        }
    }
}

internal sealed class SubmitHostAssessmentAuthorizer(RecognitionDbContext db) : IAuthorizer<SubmitHostAssessment>
{
    public async Task AuthorizeAsync(SubmitHostAssessment request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await db.FindRecognitionAsync(request.PlacementId, cancellationToken) is { } recognition)
        {
            viewer.RequireVisible(recognition);
            viewer.RequireHostTutor(recognition);
        }
    }
}

internal sealed class RecordSchoolAssessmentAuthorizer(RecognitionDbContext db) : IAuthorizer<RecordSchoolAssessment>
{
    public async Task AuthorizeAsync(RecordSchoolAssessment request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await db.FindRecognitionOfUnitAsync(request.UnitId, cancellationToken) is { } recognition)
        {
            viewer.RequireVisible(recognition);
            Access.Require(viewer.IsSendingSchoolStaff(recognition.SendingOrganisationId), "Only the sending school's staff hold the school's part of a unit.");
        }
    }
}

internal sealed class ValidateAssessmentAuthorizer(RecognitionDbContext db) : IAuthorizer<ValidateAssessment>
{
    public async Task AuthorizeAsync(ValidateAssessment request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await db.FindRecognitionAsync(request.PlacementId, cancellationToken) is { } recognition)
        {
            viewer.RequireVisible(recognition);
            viewer.RequireSendingSchoolStaff(recognition);
        }
    }
}

internal sealed class DecideRecognitionAuthorizer(RecognitionDbContext db) : IAuthorizer<DecideRecognition>
{
    public async Task AuthorizeAsync(DecideRecognition request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await db.FindRecognitionOfUnitAsync(request.UnitId, cancellationToken) is { } recognition)
        {
            viewer.RequireVisible(recognition);
            Access.Require(viewer.IsSendingSchoolStaff(recognition.SendingOrganisationId), "Only the sending school's staff decide on recognition.");
        }
    }
}

internal sealed class IssueEuropassMobilityAuthorizer(RecognitionDbContext db) : IAuthorizer<IssueEuropassMobility>
{
    public async Task AuthorizeAsync(IssueEuropassMobility request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await db.FindRecognitionAsync(request.PlacementId, cancellationToken) is { } recognition)
        {
            viewer.RequireVisible(recognition);
            viewer.RequirePreparer(recognition.SendingOrganisationId);
        }
    }
}

/// <summary>Reading a document's PDF: any signed-in user; the document itself is shown only to those who see the placement.</summary>
internal sealed class RenderEuropassPdfAuthorizer : IAuthorizer<RenderEuropassPdf>
{
    public Task AuthorizeAsync(RenderEuropassPdf request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        Access.Require(viewer.IsAuthenticated, "Sign in to read a Europass Mobility document.");
        return Task.CompletedTask;
    }
}

/// <summary>The decision-support tool answers any signed-in user; it reads no one's data.</summary>
internal sealed class RecommendEvaluationProcedureAuthorizer : IAuthorizer<RecommendEvaluationProcedure>
{
    public Task AuthorizeAsync(RecommendEvaluationProcedure request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        Access.Require(viewer.IsAuthenticated, "Sign in to use the decision-support tool.");
        return Task.CompletedTask;
    }
}

internal sealed class SaveDecisionRuleAuthorizer : IAuthorizer<SaveDecisionRule>
{
    public Task AuthorizeAsync(SaveDecisionRule request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRuleEditor();
        return Task.CompletedTask;
    }
}

internal sealed class RemoveDecisionRuleAuthorizer : IAuthorizer<RemoveDecisionRule>
{
    public Task AuthorizeAsync(RemoveDecisionRule request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRuleEditor();
        return Task.CompletedTask;
    }
}

internal sealed class SaveEvaluationProcedureAuthorizer : IAuthorizer<SaveEvaluationProcedure>
{
    public Task AuthorizeAsync(SaveEvaluationProcedure request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        viewer.RequireRuleEditor();
        return Task.CompletedTask;
    }
}
