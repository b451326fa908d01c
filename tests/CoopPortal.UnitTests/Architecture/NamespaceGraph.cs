using Mono.Cecil;
using Mono.Cecil.Cil;

namespace CoopPortal.UnitTests.Architecture;

/// <summary>
/// Which of the portal's modules uses which, read from the compiled IL (signatures and method bodies alike). A module is
/// a layer's feature: <c>CoopPortal.Application.Formation.Submit</c> belongs to <c>Application.Formation</c>; a type
/// straight in a layer's root namespace belongs to <c>Application.(root)</c>.
/// </summary>
internal sealed class NamespaceGraph
{
    public static readonly string[] Layers = ["Domain", "Application", "Infrastructure", "Documents", "Web"];

    private readonly Dictionary<string, HashSet<string>> edges = new(StringComparer.Ordinal);
    private readonly Dictionary<(string From, string To), string> examples = new();

    public IReadOnlyDictionary<string, HashSet<string>> Edges => edges;

    public static NamespaceGraph Load()
    {
        var graph = new NamespaceGraph();
        var directory = AppContext.BaseDirectory;
        foreach (var layer in Layers)
        {
            var path = Path.Combine(directory, $"CoopPortal.{layer}.dll");
            using var assembly = AssemblyDefinition.ReadAssembly(path);
            foreach (var type in assembly.MainModule.GetTypes())
            {
                graph.AddType(type);
            }
        }

        return graph;
    }

    /// <summary>One place where <paramref name="from"/> uses <paramref name="to"/>, to name in a failure.</summary>
    public string Example(string from, string to) => examples.TryGetValue((from, to), out var e) ? e : "?";

    /// <summary>The module of a namespace, or null for anything that is not the portal's own code.</summary>
    public static string? ModuleOf(string? ns)
    {
        if (string.IsNullOrEmpty(ns) || !ns.StartsWith("CoopPortal.", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns.Split('.');
        if (!Layers.Contains(parts[1]))
        {
            return null;
        }

        // The Web's pages are grouped one level deeper (CoopPortal.Web.Components.Pages.Formation).
        if (parts[1] == "Web" && parts.Length >= 5 && parts[2] == "Components" && parts[3] == "Pages")
        {
            return $"Web.Pages.{parts[4]}";
        }

        return parts.Length >= 3 ? $"{parts[1]}.{parts[2]}" : $"{parts[1]}.(root)";
    }

    public static string LayerOf(string module) => module[..module.IndexOf('.', StringComparison.Ordinal)];

    private void AddType(TypeDefinition type)
    {
        var from = ModuleOf(NamespaceOf(type));
        if (from is null)
        {
            return;
        }

        var where = type.FullName;
        Use(from, type.BaseType, where);
        foreach (var i in type.Interfaces)
        {
            Use(from, i.InterfaceType, where);
        }

        foreach (var a in type.CustomAttributes)
        {
            Use(from, a.AttributeType, where);
        }

        foreach (var field in type.Fields)
        {
            Use(from, field.FieldType, $"{where}.{field.Name}");
        }

        foreach (var property in type.Properties)
        {
            Use(from, property.PropertyType, $"{where}.{property.Name}");
        }

        foreach (var method in type.Methods)
        {
            var at = $"{where}.{method.Name}";
            Use(from, method.ReturnType, at);
            foreach (var p in method.Parameters)
            {
                Use(from, p.ParameterType, at);
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var v in method.Body.Variables)
            {
                Use(from, v.VariableType, at);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case TypeReference t:
                        Use(from, t, at);
                        break;
                    case MethodReference m:
                        Use(from, m.DeclaringType, at);
                        Use(from, m.ReturnType, at);
                        if (m is GenericInstanceMethod g)
                        {
                            foreach (var arg in g.GenericArguments)
                            {
                                Use(from, arg, at);
                            }
                        }

                        break;
                    case FieldReference f:
                        Use(from, f.DeclaringType, at);
                        break;
                    case Instruction or Instruction[] or VariableDefinition or ParameterDefinition or null:
                        break;
                }
            }
        }
    }

    private void Use(string from, TypeReference? type, string where)
    {
        switch (type)
        {
            case null:
                return;
            case GenericInstanceType generic:
                Use(from, generic.ElementType, where);
                foreach (var arg in generic.GenericArguments)
                {
                    Use(from, arg, where);
                }

                return;
            case TypeSpecification specification:
                Use(from, specification.ElementType, where);
                return;
            case GenericParameter:
                return;
        }

        var to = ModuleOf(NamespaceOf(type));
        if (to is null || to == from)
        {
            return;
        }

        if (!edges.TryGetValue(from, out var targets))
        {
            edges[from] = targets = new HashSet<string>(StringComparer.Ordinal);
        }

        if (targets.Add(to))
        {
            examples[(from, to)] = $"{where} uses {type.FullName}";
        }
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType;
        }

        return type.Namespace;
    }

    /// <summary>The groups of modules that reach each other (Tarjan's strongly connected components of size two or more).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Circles()
    {
        var index = 0;
        var indexes = new Dictionary<string, int>();
        var lowLinks = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<IReadOnlyList<string>>();
        var nodes = edges.Keys.Concat(edges.Values.SelectMany(v => v)).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();

        void Visit(string node)
        {
            indexes[node] = lowLinks[node] = index++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.TryGetValue(node, out var t) ? t.OrderBy(n => n, StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (!indexes.TryGetValue(next, out var nextIndex))
                {
                    Visit(next);
                    lowLinks[node] = Math.Min(lowLinks[node], lowLinks[next]);
                }
                else if (onStack.Contains(next))
                {
                    lowLinks[node] = Math.Min(lowLinks[node], nextIndex);
                }
            }

            if (lowLinks[node] == indexes[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    result.Add(component);
                }
            }
        }

        foreach (var node in nodes.Where(n => !indexes.ContainsKey(n)))
        {
            Visit(node);
        }

        return result;
    }
}
