// Rewrites an assembly that mcs compiled against Mono's .NET Framework reference assemblies (4.7.1-api) into one
// that references only netstandard 2.0, as a library built by the dotnet SDK for netstandard2.0 does.
//
//   mono NetStandardRetarget.exe <in.dll> <netstandard facade> <out.dll>
//
// The netstandard facade (4.7.1-api/Facades/netstandard.dll) forwards every type of netstandard 2.0 to the
// framework assembly that holds it, so it is the list of what netstandard 2.0 has and where. Each type the
// library uses must be on that list, forwarded to the assembly the compiler bound it to; the reference is then
// moved to netstandard. A type outside netstandard 2.0 fails the build and is named. What the facade cannot
// tell is whether a member of such a type is in netstandard 2.0 as well: the reference assemblies the library
// is compiled against bound that (README, "Install").

using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;

internal static class NetStandardRetarget
{
    private static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: NetStandardRetarget.exe <in.dll> <netstandard facade> <out.dll>");
            return 2;
        }

        ModuleDefinition facade = ModuleDefinition.ReadModule(args[1]);
        var forwarded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ExportedType exported in facade.ExportedTypes)
        {
            var scope = exported.Scope as AssemblyNameReference;
            if (scope != null)
            {
                forwarded[exported.FullName] = scope.Name;
            }
        }

        ModuleDefinition module = ModuleDefinition.ReadModule(args[0]);
        AssemblyNameDefinition standardName = facade.Assembly.Name;
        var netstandard = new AssemblyNameReference(standardName.Name, standardName.Version)
        {
            PublicKeyToken = standardName.PublicKeyToken,
        };

        List<TypeReference> types = module.GetTypeReferences().ToList();
        var outside = new SortedSet<string>(StringComparer.Ordinal);
        foreach (TypeReference type in types)
        {
            TypeReference outermost = type;
            while (outermost.DeclaringType != null)
            {
                outermost = outermost.DeclaringType;
            }

            var scope = outermost.Scope as AssemblyNameReference;
            string target;
            if (scope != null && (!forwarded.TryGetValue(type.FullName, out target) || target != scope.Name))
            {
                outside.Add(type.FullName + " (" + scope.Name + ")");
            }
        }

        if (outside.Count > 0)
        {
            Console.Error.WriteLine("not in netstandard 2.0: " + string.Join(", ", outside));
            return 1;
        }

        module.AssemblyReferences.Add(netstandard);

        // A nested type's reference is resolved through its declaring type, so only the outermost moves.
        foreach (TypeReference type in types.Where(type => type.DeclaringType == null && type.Scope is AssemblyNameReference))
        {
            type.Scope = netstandard;
        }

        foreach (AssemblyNameReference framework in module.AssemblyReferences.Where(reference => reference != netstandard).ToList())
        {
            module.AssemblyReferences.Remove(framework);
        }

        module.Write(args[2]);
        return 0;
    }
}
