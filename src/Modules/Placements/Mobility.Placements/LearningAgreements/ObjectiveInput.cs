namespace Mobility.Placements.LearningAgreements;

internal sealed record ObjectiveInput(string Description, string SuccessIndicator);
