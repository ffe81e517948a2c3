using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Domain;
using Mobility.BuildingBlocks.Geography;
using Mobility.BuildingBlocks.Security;
using Mobility.Enrolment.Data;
using Mobility.Enrolment.Scoping;

namespace Mobility.Enrolment.Learners;

/// <summary>Records the CEFR level a learner has in a language, adding the language or raising/lowering its level.</summary>
internal sealed record RecordLanguageLevel(Guid LearnerId, string Language, CefrLevel Level) : IRequest<Unit>;

internal sealed class RecordLanguageLevelValidator : AbstractValidator<RecordLanguageLevel>
{
    public RecordLanguageLevelValidator()
    {
        RuleFor(r => r.LearnerId).NotEmpty();
        RuleFor(r => r.Language).Must(LanguageCode.IsValid).WithErrorCode("LanguageCode")
            .WithMessage("'{PropertyValue}' is not an ISO 639-1 language code.");
        RuleFor(r => r.Level).IsInEnum();
    }
}

internal sealed class RecordLanguageLevelHandler(EnrolmentDbContext db) : IRequestHandler<RecordLanguageLevel, Unit>
{
    public async Task<Unit> Handle(RecordLanguageLevel request, CancellationToken cancellationToken)
    {
        var learner = await db.Learners.Include(l => l.Languages)
            .SingleOrDefaultAsync(l => l.Id == request.LearnerId, cancellationToken)
            ?? throw new NotFoundException(nameof(Learner), request.LearnerId);
        learner.RecordLanguageLevel(request.Language, request.Level);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

internal sealed class RecordLanguageLevelAuthorizer(EnrolmentDbContext db) : IAuthorizer<RecordLanguageLevel>
{
    public Task AuthorizeAsync(RecordLanguageLevel request, Viewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return db.RequireManagesLearnerAsync(viewer, request.LearnerId, "record their language levels", cancellationToken);
    }
}
