namespace Mobility.GraphQL.Execution.Planning;

internal enum FieldKind { Default, Resolver, TypeName, Schema, Type }
