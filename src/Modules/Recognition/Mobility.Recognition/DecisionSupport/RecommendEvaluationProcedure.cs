using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.Enrolment.Contracts.Directory;
using Mobility.Recognition.Data;

namespace Mobility.Recognition.DecisionSupport;

/// <summary>
/// The decision-support tool: from a qualification (its national and EQF level, whether it has an optional mobility
/// unit), the mobility's duration, the host's kind, whether each company can take part in the evaluation and the
/// learner's level in the host's language, it recommends an evaluation procedure, says why and lists practical advice.
/// </summary>
internal sealed record RecommendEvaluationProcedure(
    Guid QualificationId, int DurationDays, HostKind HostKind, bool SendingCompanyTakesPart, bool ReceivingCompanyTakesPart, CefrLevel LanguageLevel)
    : IRequest<Recommendation>;

internal sealed class RecommendEvaluationProcedureValidator : AbstractValidator<RecommendEvaluationProcedure>
{
    public RecommendEvaluationProcedureValidator()
    {
        RuleFor(r => r.QualificationId).NotEmpty();
        RuleFor(r => r.DurationDays).InclusiveBetween(1, 365);
        RuleFor(r => r.HostKind).IsInEnum();
        RuleFor(r => r.LanguageLevel).IsInEnum();
    }
}

internal sealed class RecommendEvaluationProcedureHandler(RecognitionDbContext db, IEnrolmentDirectory enrolment)
    : IRequestHandler<RecommendEvaluationProcedure, Recommendation>
{
    public async Task<Recommendation> Handle(RecommendEvaluationProcedure request, CancellationToken cancellationToken)
    {
        var qualification = (await enrolment.GetQualificationsAsync([request.QualificationId], cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Qualification", request.QualificationId);
        var facts = new DecisionFacts(
            qualification.NationalLevel, qualification.EqfLevel, qualification.Units.Any(u => u.IsOptional && u.Code == "UFM"), request.DurationDays,
            request.HostKind, request.SendingCompanyTakesPart, request.ReceivingCompanyTakesPart, request.LanguageLevel);
        var rules = await db.DecisionRules.AsNoTracking().ToListAsync(cancellationToken);
        var procedures = await db.EvaluationProcedures.AsNoTracking().ToListAsync(cancellationToken);
        return DecisionEngine.Recommend(facts, rules, procedures);
    }
}
