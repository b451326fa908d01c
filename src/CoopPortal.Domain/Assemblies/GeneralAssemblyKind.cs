namespace CoopPortal.Domain.Assemblies;

/// <summary>The kinds of general assembly (domain.md, "After registration").</summary>
public enum GeneralAssemblyKind
{
    /// <summary>The annual ordinary assembly (عادی سالانه), inside the window after the fiscal year ends.</summary>
    Ordinary,

    /// <summary>The extraordinary assembly (فوق‌العاده): bylaws, capital, name or address, dissolution.</summary>
    Extraordinary,

    /// <summary>An ordinary assembly held extraordinarily (عادی به‌طور فوق‌العاده): ordinary business outside the annual meeting.</summary>
    OrdinaryHeldExtraordinarily,
}
