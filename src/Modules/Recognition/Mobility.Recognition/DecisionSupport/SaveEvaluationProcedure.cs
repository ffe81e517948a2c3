using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Mobility.BuildingBlocks.Security;
using Mobility.Recognition.Data;
using Mobility.Recognition.Recognitions;

namespace Mobility.Recognition.DecisionSupport;

/// <summary>A coordinator adds an evaluation procedure or rewrites the one with the same code.</summary>
internal sealed record SaveEvaluationProcedure(string Code, string Title, string Description, IReadOnlyList<string> Steps) : IRequest<string>;

internal sealed class SaveEvaluationProcedureValidator : AbstractValidator<SaveEvaluationProcedure>
{
    public SaveEvaluationProcedureValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(60).Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .WithMessage("A procedure code is lower-case words joined by hyphens, e.g. 'ufm-two-part'.");
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.Description).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.Steps).NotEmpty();
        RuleForEach(r => r.Steps).MaximumLength(500);
    }
}

internal sealed class SaveEvaluationProcedureHandler(RecognitionDbContext db, Viewer viewer, TimeProvider clock) : IRequestHandler<SaveEvaluationProcedure, string>
{
    public async Task<string> Handle(SaveEvaluationProcedure request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var procedure = await db.EvaluationProcedures.SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken);
        if (procedure is null)
        {
            db.EvaluationProcedures.Add(EvaluationProcedure.Create(request.Code, request.Title, request.Description, request.Steps, viewer.Actor(), now));
        }
        else
        {
            procedure.Change(request.Title, request.Description, request.Steps, viewer.Actor(), now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return request.Code;
    }
}
