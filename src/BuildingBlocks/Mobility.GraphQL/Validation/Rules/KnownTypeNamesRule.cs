using Mobility.GraphQL.Language.Ast;
using Mobility.GraphQL.Types.Scalars;

namespace Mobility.GraphQL.Validation.Rules;

/// <summary>§5.5.1.2 Fragment Spread Type Existence, and every named type a document references.</summary>
internal sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterNamedType(NamedTypeNode node, bool inTypeSystemDefinition)
    {
        var name = node.Name.Value;
        if (Context.Schema.Type(name) is not null || (inTypeSystemDefinition && BuiltInScalars.SpecifiedNames.Contains(name)))
        {
            return;
        }

        var options = Context.Schema.Types.Select(t => t.Name);
        if (inTypeSystemDefinition)
        {
            options = BuiltInScalars.SpecifiedNames.Concat(options);
        }

        Report($"Unknown type \"{name}\"." + Suggestions.DidYouMean(Suggestions.For(name, options)), node);
    }
}
