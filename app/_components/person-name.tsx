// The Latin name leads so every colleague can tell whose case it is; the name in the person's
// own script follows in brackets, isolated so a right-to-left name cannot reorder the line.
export function PersonName({ personName, nativeName }: { personName: string; nativeName?: string | null }) {
  const native = nativeName?.trim();
  if (!native || native === personName) return <>{personName}</>;
  return (
    <>
      {personName} (
      <bdi dir="auto" className="person-native-name">
        {native}
      </bdi>
      )
    </>
  );
}
