namespace CoopPortal.Domain.Supervision;

/// <summary>What kind of answer a field of the self-declaration takes: it decides how typed text is read and how a value is shown.</summary>
public enum DeclarationFieldKind
{
    /// <summary>A whole number that is never negative: people, hours (stored as a 32-bit number).</summary>
    Count,

    /// <summary>An amount of money (stored as a 64-bit number); negative only where the field allows it.</summary>
    Amount,

    /// <summary>A day, typed and shown as a Jalali date (۱۴۰۴/۰۳/۱۵).</summary>
    Date,

    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>Free text, kept as typed (normalized when saved).</summary>
    Text,

    /// <summary>A person's ten-digit national code.</summary>
    NationalCode,

    /// <summary>One of a fixed list (an officer's post), shown by its title.</summary>
    Choice,

    /// <summary>A list of rows whose cells are described by <see cref="DeclarationField.Columns"/>.</summary>
    Rows,
}
