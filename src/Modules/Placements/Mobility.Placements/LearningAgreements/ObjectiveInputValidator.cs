using FluentValidation;

namespace Mobility.Placements.LearningAgreements;

internal sealed class ObjectiveInputValidator : AbstractValidator<ObjectiveInput>
{
    public ObjectiveInputValidator()
    {
        RuleFor(o => o.Description).MaximumLength(500);
        RuleFor(o => o.SuccessIndicator).MaximumLength(500);
    }
}
