using FluentValidation;

namespace Mobility.Enrolment.Calls;

/// <summary>What every status change of an application carries: which one, why and who decided.</summary>
internal interface IApplicationDecision
{
    Guid ApplicationId { get; }

    string Reason { get; }

    string DecidedBy { get; }
}

internal abstract class ApplicationDecisionValidator<TDecision> : AbstractValidator<TDecision>
    where TDecision : IApplicationDecision
{
    protected ApplicationDecisionValidator()
    {
        RuleFor(r => r.ApplicationId).NotEmpty();
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(ApplicationStatusChange.ReasonMaxLength);
        RuleFor(r => r.DecidedBy).NotEmpty().MaximumLength(ApplicationStatusChange.AuthorMaxLength);
    }
}
