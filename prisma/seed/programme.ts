// The demo joint programme: its fund, agencies, SDGs, national framework and outputs.
import { DEMO_PROGRAMME } from "./demo-facts";

export const PROGRAMME = {
  ...DEMO_PROGRAMME,
  description:
    "A joint programme of UNDP, UNICEF and WFP with the Government of Indonesia that links the national " +
    "social protection system to climate and disaster risk information, so that poor and vulnerable " +
    "households in East Nusa Tenggara and Central Java receive support before, not after, floods, " +
    "droughts and heatwaves. The programme started on 1 March 2024 for 24 months; in September 2025 the " +
    "PSC endorsed a request for a no-cost extension to 31 December 2026.",
};

export const OUTPUTS = [
  {
    code: "OP1",
    title:
      "Integrated social protection and disaster risk data enable adaptive targeting of vulnerable households",
  },
  {
    code: "OP2",
    title: "Anticipatory cash transfers are piloted and financed in climate-vulnerable districts",
  },
  {
    code: "OP3",
    title: "Health, nutrition and village services are climate-resilient and linked to social protection",
  },
];
