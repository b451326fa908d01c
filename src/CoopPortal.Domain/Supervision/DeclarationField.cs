namespace CoopPortal.Domain.Supervision;

/// <summary>
/// A field of <see cref="DeclarationContent"/>: an <see cref="DeclarationEntry"/> placed in a section, with how its value
/// is read from and written to the content. Rows fields describe their cells in <see cref="Columns"/>.
/// </summary>
public sealed record DeclarationField(
    string Key,
    DeclarationSection Section,
    DeclarationFieldKind Kind,
    string Label,
    Func<DeclarationContent, object?> Read,
    Func<DeclarationContent, object?, DeclarationContent> Write)
    : DeclarationEntry(Key, Kind, Label)
{
    private readonly string? _problemKey;

    /// <summary>The cells of each row of a <see cref="DeclarationFieldKind.Rows"/> field, keyed by the row's property.</summary>
    public IReadOnlyList<DeclarationEntry> Columns { get; init; } = [];

    /// <summary>Where a problem of this field points (the compliance questions share one, «Compliance»).</summary>
    public string ProblemKey
    {
        get => _problemKey ?? Key;
        init => _problemKey = value;
    }

    /// <summary>Whether the receipt repeats this figure among its key figures.</summary>
    public bool OnReceipt { get; init; }

    /// <summary>The cell of a row by its key (e.g. «TermEndsOn»).</summary>
    public DeclarationEntry Column(string key) => Columns.Single(c => c.Key == key);

    /// <summary>A cell's problem key and form id: Officers[2].NationalCode.</summary>
    public string CellKey(int index, string column) => $"{Key}[{index}].{column}";

    /// <summary>This field's value in a content, as the read-only views and the report show it.</summary>
    public string DisplayOf(DeclarationContent content) => Display(Read(content));

    /// <summary>What is wrong with this field's value in a content on its own, if anything.</summary>
    public string? ProblemIn(DeclarationContent content) => Problem(Read(content));
}
