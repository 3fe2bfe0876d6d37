import { describe, it, expect } from "vitest";
import { findings, ID } from "../helpers/patient-cases.js";
describe("patient recall 8: a titled name in a clinical image's alt text", () => {
  it("Uncle Raju in a fundus photo's alt text", async () => {
    const text = "First week in the eye clinic!\n\n![Fundus photo, right eye, Uncle Raju from the Thursday clinic](img/fundus.jpg)\n";
    expect((await findings(text, "imu-students", ID)).map((f) => f.text)).toContain("Uncle Raju");
  });
  it("Mrs Okafor in a wound photo's alt text", async () => {
    const text = "![Venous leg ulcer, week 4, Mrs Okafor at the community clinic](img/ulcer.jpg)\n\nHealing nicely.\n";
    expect((await findings(text, "umn-health-sciences", ID)).map((f) => f.text)).toContain("Mrs Okafor");
  });
  it("not: a titled name in a non-clinical photo's alt text", async () => {
    const text = "![Uncle Raju's durian stall at the pasar malam](img/durian.jpg)\n\nBest durian in town.\n";
    expect((await findings(text, "imu-students", ID)).map((f) => f.text)).toEqual([]);
  });
  it("not: a lecturer's name in a lecture slide's alt text", async () => {
    const text = "![Dr. Kavitha's slide on the fundus exam](img/slide.jpg)\n";
    expect((await findings(text, "imu-students", ID)).map((f) => f.text)).toEqual([]);
  });
});
describe("patient recall 8: a patient's parent named as mam, nana, auntie in social contact", () => {
  const C = "patient.contact";
  it("his mam sent me a friend request and I accepted", async () => {
    const text = "The young lad I photographed through his cleft repairs had his final review. His mam sent me a friend request, and I accepted.\n";
    expect((await findings(text, "imi", C)).length).toBeGreaterThan(0);
  });
  it("her nana follows me on Instagram now", async () => {
    const text = "Last month I nursed a wee girl with bronchiolitis on the children's ward. Her nana found me on Instagram and I followed her back.\n";
    expect((await findings(text, "imi", C)).length).toBeGreaterThan(0);
  });
  it("not: my own mam on Facebook", async () => {
    const text = "My mam sent me a friend request on Facebook, and I accepted, so now she comments on everything.\n";
    expect((await findings(text, "imi", C)).map((f) => f.text)).toEqual([]);
  });
  it("not: a patient's mam sent a request and I declined it", async () => {
    const text = "The young lad I photographed had his final review. His mam sent me a friend request, and I declined it politely.\n";
    expect((await findings(text, "imi", C)).map((f) => f.text)).toEqual([]);
  });
});
