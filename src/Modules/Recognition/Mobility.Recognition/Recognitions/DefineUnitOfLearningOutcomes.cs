using FluentValidation;
using MediatR;
using Mobility.BuildingBlocks.Domain;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Placements.Contracts.Directory;
using Mobility.Recognition.Data;
using Mobility.Recognition.Schemes;

namespace Mobility.Recognition.Recognitions;

/// <summary>
/// The sending school proposes, before departure, a unit of learning outcomes for the placement: knowledge, skills
/// and competence statements linked to a unit of the learner's qualification, and the scheme it will be recognised
/// under. Opens the placement's recognition on first use.
/// </summary>
internal sealed record DefineUnitOfLearningOutcomes(
    Guid PlacementId, Guid QualificationUnitId, string Title, IReadOnlyList<string> Knowledge, IReadOnlyList<string> Skills,
    IReadOnlyList<string> Competences, string SchemeCode, decimal? EcvetPoints = null) : IRequest<Guid>;

internal sealed class DefineUnitOfLearningOutcomesValidator : AbstractValidator<DefineUnitOfLearningOutcomes>
{
    public DefineUnitOfLearningOutcomesValidator()
    {
        RuleFor(r => r.PlacementId).NotEmpty();
        RuleFor(r => r.QualificationUnitId).NotEmpty();
        RuleFor(r => r.Title).NotEmpty().MaximumLength(300);
        RuleFor(r => r.SchemeCode).NotEmpty().MaximumLength(40);
        RuleFor(r => r.Knowledge).NotNull().Must(l => l.Count <= 20).WithMessage("20 statements at most.");
        RuleFor(r => r.Skills).NotNull().Must(l => l.Count <= 20).WithMessage("20 statements at most.");
        RuleFor(r => r.Competences).NotNull().Must(l => l.Count <= 20).WithMessage("20 statements at most.");
        RuleForEach(r => r.Knowledge).MaximumLength(UnitOfLearningOutcomesConfiguration.StatementMaxLength);
        RuleForEach(r => r.Skills).MaximumLength(UnitOfLearningOutcomesConfiguration.StatementMaxLength);
        RuleForEach(r => r.Competences).MaximumLength(UnitOfLearningOutcomesConfiguration.StatementMaxLength);
        RuleFor(r => r.EcvetPoints).InclusiveBetween(0, 60);
    }
}

internal sealed class DefineUnitOfLearningOutcomesHandler(
    RecognitionDbContext db, IPlacementsDirectory placements, IEnrolmentDirectory enrolment, RecognitionSchemeCatalogue schemes,
    TimeProvider clock) : IRequestHandler<DefineUnitOfLearningOutcomes, Guid>
{
    public async Task<Guid> Handle(DefineUnitOfLearningOutcomes request, CancellationToken cancellationToken)
    {
        var placement = await placements.LearnerPlacementAsync(request.PlacementId, cancellationToken);
        var (snapshot, qualification) = await RecognitionLoading.SnapshotAsync(placement, placements, enrolment, cancellationToken);
        var qualificationUnit = qualification.Units.FirstOrDefault(u => u.Id == request.QualificationUnitId)
            ?? throw new DomainRuleViolationException("UNIT_NOT_IN_QUALIFICATION",
                $"Unit {request.QualificationUnitId} is not a unit of {qualification.NationalName}, the learner's qualification.");
        var recognition = await db.FindRecognitionAsync(request.PlacementId, cancellationToken);
        if (recognition is null)
        {
            recognition = PlacementRecognition.Open(Guid.CreateVersion7(), snapshot, clock.GetUtcNow().UtcDateTime);
            db.PlacementRecognitions.Add(recognition);
        }

        var unit = recognition.DefineUnit(
            Guid.CreateVersion7(), placement.Status, qualificationUnit, request.Title, request.Knowledge, request.Skills, request.Competences,
            request.EcvetPoints, schemes.Get(request.SchemeCode));
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return unit.Id;
    }
}
