using Mobility.GraphQL.Language.Ast;

namespace Mobility.GraphQL.Validation;

/// <summary>
/// One §5 rule. The walker calls every rule's hooks for each node in document order, with the
/// type information of <see cref="ValidationContext"/> already updated for that node.
/// A rule instance lives for one validation, so it may keep state.
/// </summary>
internal abstract class ValidationRule(ValidationContext context)
{
    protected ValidationContext Context { get; } = context;

    protected void Report(string message, params SyntaxNode[] nodes) => Context.Report(ValidationError.At(message, nodes));

    public virtual void EnterDocument(DocumentNode node) { }

    public virtual void LeaveDocument(DocumentNode node) { }

    public virtual void EnterDefinition(DefinitionNode node) { }

    public virtual void EnterOperation(OperationDefinitionNode node) { }

    public virtual void LeaveOperation(OperationDefinitionNode node) { }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node) { }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node) { }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node) { }

    public virtual void EnterSelectionSet(SelectionSetNode node) { }

    public virtual void EnterField(FieldNode node) { }

    public virtual void LeaveField(FieldNode node) { }

    public virtual void EnterInlineFragment(InlineFragmentNode node) { }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node) { }

    /// <summary>A directive; <paramref name="location"/> is its §3.13 DirectiveLocation name.</summary>
    public virtual void EnterDirective(DirectiveNode node, string location) { }

    /// <summary>A list of directives on one node (for per-location uniqueness).</summary>
    public virtual void EnterDirectives(IReadOnlyList<DirectiveNode> directives) { }

    public virtual void EnterArgument(ArgumentNode node) { }

    /// <summary>A node that carries arguments: a field or a directive.</summary>
    public virtual void EnterArguments(IReadOnlyList<ArgumentNode> arguments) { }

    public virtual void EnterValue(ValueNode node) { }

    public virtual void EnterObjectField(ObjectFieldNode node) { }

    public virtual void EnterNamedType(NamedTypeNode node, bool inTypeSystemDefinition) { }
}
