using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Formation;

/// <summary>One proposed name with its rank (1 = first choice).</summary>
public sealed class ProposedName
{
    private ProposedName()
    {
    }

    internal ProposedName(int rank, string name)
    {
        Rank = rank;
        Name = FieldLengths.Fit(PersianText.Normalize(name), FieldLengths.CooperativeName);
        NameKey = FieldLengths.Fit(CooperativeName.Key(Name), FieldLengths.CooperativeName);
    }

    public int Rank { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The comparison key, stored so clashes are found with an index.</summary>
    public string NameKey { get; private set; } = string.Empty;
}
