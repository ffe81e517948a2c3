namespace Mobility.GraphQL.Types;

/// <summary>§4.5.2 __TypeKind.</summary>
internal enum TypeKind { Scalar, Object, Interface, Union, Enum, InputObject, List, NonNull }
