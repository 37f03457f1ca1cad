using Microsoft.CodeAnalysis;
using PrivacyAnalyzers.Classification;
using PrivacyAnalyzers.Engine;

namespace PrivacyAnalyzers.Flow
{
    /// <summary>
    /// Untagged fields and properties that the code assigns PII to: <c>new Callback { Target = order.Msisdn }</c> makes
    /// <c>Callback.Target</c> a phone number wherever it is read, and <c>NationalIdentifier = c.Cnic</c> makes a DTO
    /// member a CNIC. The first assignment (in the order of the trees) whose value carries PII decides the kind.
    /// </summary>
    /// <remarks>
    /// One level only: the values are walked without asking this class again and without helper summaries, so a
    /// computation never re-enters a shared cache, and what it finds does not depend on which rule asked first. Only text,
    /// number and object members declared in this compilation are looked at, and only names written in at most as many
    /// places as <see cref="Exposure.WrittenMembers"/> binds. Computed once per member.
    /// </remarks>
    internal sealed class AssignedMembers
    {
        private readonly PrivacyCompilation _state;
        private readonly ComputeOnceCache<ISymbol, PiiClassification?> _assigned;

        public AssignedMembers(PrivacyCompilation state)
        {
            _state = state;
            _assigned = new ComputeOnceCache<ISymbol, PiiClassification?>(Compute, SymbolEqualityComparer.Default);
        }

        /// <summary>The PII <paramref name="member"/> is given somewhere in the compilation, or null.</summary>
        public PiiClassification? Classify(ISymbol member)
        {
            if (member is IFieldSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                member = property;
            }

            return IsCandidate(member) ? _assigned.Get(member.OriginalDefinition) : null;
        }

        private bool IsCandidate(ISymbol member)
        {
            var type = member switch
            {
                IPropertySymbol { IsIndexer: false } property => property.Type,
                IFieldSymbol { IsConst: false } field => field.Type,
                _ => null,
            };
            // A member whose own name says its value is protected (EncryptedPrivateKey, PasswordHash) holds what was
            // protected, not the data it was made from.
            if (type is null || member.DeclaringSyntaxReferences.Length == 0
                || !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, _state.Compilation.Assembly)
                || PiiNameMatcher.ProtectionNamed(member.Name) is not null)
            {
                return false;
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Object:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Decimal:
                    return true;
                default:
                    return false;
            }
        }

        private PiiClassification? Compute(ISymbol member)
        {
            foreach (var value in _state.Written.ValuesWrittenTo(member))
            {
                var walker = new PiiFlowWalker(_state, policy: FlowPolicy.AnySanitizer, assigning: true);
                walker.Walk(value, maskTarget: null, isText: false);
                foreach (var hit in walker.Hits)
                {
                    if (!hit.IsWholeObject)
                    {
                        return PiiClassification.Assigned(member, hit.Members[0].Source, value.Syntax.Parent?.GetLocation() ?? value.Syntax.GetLocation());
                    }
                }
            }

            return null;
        }
    }
}
