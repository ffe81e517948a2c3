using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types;
using Mobility.GraphQL.Validation.Rules;

namespace Mobility.GraphQL.Validation;

/// <summary>Runs the §5 rules over a document. Validation stops after <c>maxErrors</c> errors, as graphql-js does.</summary>
internal static class DocumentValidator
{
    /// <summary>The specified rules, in graphql-js's order so errors come out in the same order.</summary>
    public static readonly IReadOnlyList<(string Name, Func<ValidationContext, ValidationRule> Create)> SpecifiedRules =
    [
        ("ExecutableDefinitionsRule", c => new ExecutableDefinitionsRule(c)),
        ("KnownOperationTypesRule", c => new KnownOperationTypesRule(c)),
        ("UniqueOperationNamesRule", c => new UniqueOperationNamesRule(c)),
        ("LoneAnonymousOperationRule", c => new LoneAnonymousOperationRule(c)),
        ("SingleFieldSubscriptionsRule", c => new SingleFieldSubscriptionsRule(c)),
        ("KnownTypeNamesRule", c => new KnownTypeNamesRule(c)),
        ("FragmentsOnCompositeTypesRule", c => new FragmentsOnCompositeTypesRule(c)),
        ("VariablesAreInputTypesRule", c => new VariablesAreInputTypesRule(c)),
        ("ScalarLeafsRule", c => new ScalarLeafsRule(c)),
        ("FieldsOnCorrectTypeRule", c => new FieldsOnCorrectTypeRule(c)),
        ("UniqueFragmentNamesRule", c => new UniqueFragmentNamesRule(c)),
        ("KnownFragmentNamesRule", c => new KnownFragmentNamesRule(c)),
        ("NoUnusedFragmentsRule", c => new NoUnusedFragmentsRule(c)),
        ("PossibleFragmentSpreadsRule", c => new PossibleFragmentSpreadsRule(c)),
        ("NoFragmentCyclesRule", c => new NoFragmentCyclesRule(c)),
        ("UniqueVariableNamesRule", c => new UniqueVariableNamesRule(c)),
        ("NoUndefinedVariablesRule", c => new NoUndefinedVariablesRule(c)),
        ("NoUnusedVariablesRule", c => new NoUnusedVariablesRule(c)),
        ("KnownDirectivesRule", c => new KnownDirectivesRule(c)),
        ("UniqueDirectivesPerLocationRule", c => new UniqueDirectivesPerLocationRule(c)),
        ("KnownArgumentNamesRule", c => new KnownArgumentNamesRule(c)),
        ("UniqueArgumentNamesRule", c => new UniqueArgumentNamesRule(c)),
        ("ValuesOfCorrectTypeRule", c => new ValuesOfCorrectTypeRule(c)),
        ("ProvidedRequiredArgumentsRule", c => new ProvidedRequiredArgumentsRule(c)),
        ("VariablesInAllowedPositionRule", c => new VariablesInAllowedPositionRule(c)),
        ("OverlappingFieldsCanBeMergedRule", c => new OverlappingFieldsCanBeMergedRule(c)),
        ("UniqueInputFieldNamesRule", c => new UniqueInputFieldNamesRule(c)),
    ];

    public static List<ValidationError> Validate(Schema schema, DocumentNode document, IEnumerable<string>? ruleNames = null, int maxErrors = 100)
    {
        var context = new ValidationContext(schema, document, maxErrors);
        var selected = ruleNames is null ? SpecifiedRules : SpecifiedRules.Where(r => ruleNames.Contains(r.Name)).ToList();
        var rules = selected.Select(r => r.Create(context)).ToList();
        new DocumentWalker(context, rules).Walk(document);
        if (context.Errors.Count > maxErrors)
        {
            var errors = context.Errors.Take(maxErrors).ToList();
            errors.Add(new ValidationError("Too many validation errors, error limit reached. Validation aborted.", []));
            return errors;
        }

        return context.Errors;
    }
}
