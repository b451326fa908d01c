namespace CoopPortal.UnitTests.Architecture;

/// <summary>
/// The shape every feature keeps: layers depend inward only (Web → Infrastructure/Documents → Application → Domain), a
/// layer's shared kernel (<c>Common</c>) belongs to no feature, and no two modules use each other, directly or round
/// a circle. Read from the compiled IL, so a use inside a method body counts as much as one in a signature.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly NamespaceGraph Graph = NamespaceGraph.Load();

    private static readonly Dictionary<string, string[]> AllowedLayers = new(StringComparer.Ordinal)
    {
        ["Domain"] = ["Domain"],
        ["Application"] = ["Application", "Domain"],
        ["Infrastructure"] = ["Infrastructure", "Application", "Domain"],
        ["Documents"] = ["Documents", "Application", "Domain"],
        ["Web"] = ["Web", "Infrastructure", "Documents", "Application", "Domain"],
    };

    [Fact]
    public void The_graph_reads_every_layer()
    {
        var modules = Graph.Edges.Keys.Select(NamespaceGraph.LayerOf).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(NamespaceGraph.Layers.Order(StringComparer.Ordinal), modules.Order(StringComparer.Ordinal));
        Assert.Contains("Domain.Common", Graph.Edges["Domain.Formation"]);
        Assert.Contains("Application.Common", Graph.Edges["Application.Formation"]);
    }

    [Fact]
    public void Layers_depend_inward_only()
    {
        var wrong = Graph.Edges
            .SelectMany(e => e.Value.Select(to => (From: e.Key, To: to)))
            .Where(e => !AllowedLayers[NamespaceGraph.LayerOf(e.From)].Contains(NamespaceGraph.LayerOf(e.To)))
            .Select(e => $"{e.From} -> {e.To}: {Graph.Example(e.From, e.To)}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(wrong.Count == 0, "Outward dependencies:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void The_shared_kernel_uses_no_feature_of_its_layer()
    {
        var wrong = Graph.Edges
            .Where(e => e.Key.EndsWith(".Common", StringComparison.Ordinal))
            .SelectMany(e => e.Value.Select(to => (From: e.Key, To: to)))
            .Where(e => NamespaceGraph.LayerOf(e.From) == NamespaceGraph.LayerOf(e.To))
            .Select(e => $"{e.From} -> {e.To}: {Graph.Example(e.From, e.To)}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(wrong.Count == 0, "The shared kernel reaches into a feature:\n" + string.Join('\n', wrong));
    }

    [Fact]
    public void No_two_modules_use_each_other()
    {
        var circles = Graph.Circles();
        var described = circles.Select(circle =>
            string.Join(", ", circle) + "\n" + string.Join('\n', circle
                .SelectMany(from => circle.Where(to => Graph.Edges.TryGetValue(from, out var t) && t.Contains(to))
                    .Select(to => $"    {from} -> {to}: {Graph.Example(from, to)}"))));

        Assert.True(circles.Count == 0, "Namespace circles:\n" + string.Join('\n', described));
    }
}
