/**
 * Made-up statutes for the upload tests, written for these tests in Commonwealth drafting style. Examplia does not
 * exist; its code XA is from the ISO 3166 user-assigned range, so it can never clash with a real jurisdiction.
 */
export const examplia = {
  fileName: 'examplia-computer-misuse-act-2031.md',
  title: 'Examplia Computer Misuse Act, 2031',
  jurisdiction: 'XA',
  year: '2031',
  kind: 'act',
  text: `# Examplia Computer Misuse Act, 2031

## PART I PRELIMINARY

**1. Short title**

This Act may be cited as the Examplia Computer Misuse Act, 2031.

**2. Interpretation**

In this Act, "computer system" means any device or group of connected devices which performs automatic processing of data; and "computer data" means any representation of facts or information in a form suitable for processing in a computer system.

## PART II OFFENCES

**3. Unauthorised access**

(1) A person who intentionally and without authority accesses the whole or any part of a computer system commits an offence.

(2) A person who commits an offence under subsection (1) is liable on conviction on indictment to a fine of fifty thousand dollars or to imprisonment for a term of five years or to both.

**4. Unlawful interception**

A person who intentionally and without authority intercepts, by technical means, any non-public transmission of computer data to, from or within a computer system commits an offence and is liable on conviction to imprisonment for seven years.

**5. Interference with data**

A person who intentionally and without authority damages, deletes, deteriorates, alters or suppresses computer data commits an offence and is liable on conviction to imprisonment for five years.
`,
};

/** Script and event-handler payloads inside statute text: they must show as literal text and never run. */
export const hostile = {
  fileName: 'hostile-statute-2032.txt',
  title: 'Hostile Markup Act, 2032',
  jurisdiction: 'XB',
  year: '2032',
  kind: 'act',
  payloads: ['<script>window.__lexalignXss = "script"</script>', '<img src=x onerror="window.__lexalignXss = \'img\'; alert(1)">'],
  get text(): string {
    return `HOSTILE MARKUP ACT, 2032

1. Short title
This Act may be cited as the Hostile Markup Act, 2032 ${this.payloads[0]}.

2. Unauthorised access
(1) A person who intentionally and without authority accesses a computer system commits an offence ${this.payloads[1]}.
(2) A person who commits an offence under subsection (1) is liable on conviction to imprisonment for two years.
`;
  },
};
