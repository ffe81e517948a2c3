using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Mobility.ArchitectureTests.Rules;

/// <summary>What an assembly's IL really uses: referenced assemblies, type references and string literals.</summary>
internal static class AssemblyReferences
{
    public static IReadOnlySet<string> ReferencedAssemblyNames(Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var names = module.AssemblyReferences.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var type in module.GetTypeReferences())
        {
            if (type.Scope is AssemblyNameReference scope)
            {
                names.Add(scope.Name);
            }
        }

        return names;
    }

    public static IReadOnlyList<(string Method, string Literal)> StringLiterals(Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        var literals = new List<(string, string)>();
        foreach (var type in module.GetTypes())
        {
            foreach (var field in type.Fields.Where(f => f.HasConstant && f.Constant is string))
            {
                literals.Add(($"{type.FullName}.{field.Name}", (string)field.Constant));
            }

            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions.Where(i => i.OpCode == OpCodes.Ldstr))
                {
                    literals.Add(($"{type.FullName}.{method.Name}", (string)instruction.Operand));
                }
            }
        }

        return literals;
    }
}
