package eu.sharingcities.partners.financing;

import eu.sharingcities.text.Refusal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The calculator against published worked examples and hand calculations with annuity factors. */
class FinancingCalculatorTest {

    /** a(r, n) = (1 − (1 + r)⁻ⁿ) / r, the present value of 1 a year for n years, from tables: a(5 %, 7) = 5.786373, a(5 %, 10) = 7.721735. */
    private static final double A_5_7 = 5.786373;
    private static final double A_5_10 = 7.721735;
    /** a(3 %, 10) = 8.530203, a(3 %, 20) = 14.877475. */
    private static final double A_3_10 = 8.530203;
    private static final double A_3_20 = 14.877475;

    @Test
    void irrAndNpvAsMicrosoftsDocumentationWorksThemOut() {
        // support.microsoft.com, "IRR function": a business costing 70,000 with five years' net income 12,000 … 26,000
        List<Double> business = List.of(-70_000.0, 12_000.0, 15_000.0, 18_000.0, 21_000.0, 26_000.0);
        assertThat(CashFlows.irr(business)).isCloseTo(0.0866, within(0.00005)); // "after five years: 8.7 %" (8.66 %)
        assertThat(CashFlows.irr(business.subList(0, 5))).isCloseTo(-0.0212, within(0.00005)); // "after four years: -2.1 %"
        assertThat(CashFlows.irr(business.subList(0, 3))).isCloseTo(-0.4435, within(0.00005)); // "after two years: -44.4 %"
        // "NPV function": 10 % a year, 10,000 paid a year from today, then 3,000, 4,200 and 6,800: 1,188.44 (Excel discounts from year 1)
        assertThat(CashFlows.npv(0.10, List.of(0.0, -10_000.0, 3_000.0, 4_200.0, 6_800.0))).isCloseTo(1_188.44, within(0.005));
    }

    @Test
    void irrOfTwoYearsByTheQuadratic() {
        // 100 = 60x + 60x², x = 1/(1 + r): x = (−60 + √(60² + 4·60·100)) / 120 = 0.8844367, r = 1/x − 1 = 13.0662 %
        assertThat(CashFlows.irr(List.of(-100.0, 60.0, 60.0))).isCloseTo(0.130662, within(0.000001));
        assertThat(CashFlows.irr(List.of(100.0, 60.0))).as("no investment, no rate").isNull();
    }

    @Test
    void selfFinancedWithRisingPrices() {
        // 2,500 saved the first year, prices up 10 % a year: 2,500 + 2,750 + 3,025 = 8,275 undiscounted, less 8,000
        Appraisal a = FinancingCalculator.appraise(new Investment(8_000, 2_500, 20_000, 4_000, 3, 0, 0.10), Financing.selfFinanced());
        assertThat(a.ownerFlows()).hasSize(4);
        double[] expected = {-8_000, 2_500, 2_750, 3_025};
        for (int t = 0; t < expected.length; t++) {
            assertThat(a.ownerFlows().get(t)).isCloseTo(expected[t], within(1e-9));
        }
        assertThat(a.ownerNpv()).isCloseTo(275, within(1e-6));
        assertThat(a.simplePaybackYears()).isCloseTo(3.2, within(1e-9)); // 8,000 / 2,500
        assertThat(a.lifetimeKwh()).isEqualTo(60_000);
        assertThat(a.lifetimeTonnesCo2()).isEqualTo(12);
        assertThat(a.financierFlows()).isNull();
    }

    @Test
    void sharedSavingsSplitBetweenEscoAndOwner() {
        // the ESCo pays 100,000 and takes 80 % of 20,000 a year for 7 years; the owner keeps 4,000 a year, then all 20,000 in years 8–10; 5 %
        Appraisal a = FinancingCalculator.appraise(new Investment(100_000, 20_000, 150_000, 30_000, 10, 0.05, 0),
                Financing.sharedSavings(0.80, 7));
        assertThat(a.financierNpv()).isCloseTo(-100_000 + 16_000 * A_5_7, within(0.01)); // −7,418.03: at 5 % the ESCo does not recover it
        assertThat(a.ownerNpv()).isCloseTo(4_000 * A_5_7 + 20_000 * (A_5_10 - A_5_7), within(0.01)); // 61,852.72
        assertThat(a.financierIrr()).isCloseTo(0.029162, within(0.000001)); // where a(r, 7) = 100,000 / 16,000 = 6.25
        assertThat(a.ownerIrr()).as("the owner invests nothing").isNull();
        assertThat(a.ownerFlows().getFirst()).isZero();
    }

    @Test
    void ecobonusTaxCreditOfSixtyFivePercentOverTenYears() {
        // 50,000 paid, 65 % back in ten yearly deductions of 3,250 (D.L. 63/2013 art. 14), 3,000 saved a year for 20 years, 3 %
        Appraisal a = FinancingCalculator.appraise(new Investment(50_000, 3_000, 25_000, 5_000, 20, 0.03, 0), Financing.taxCredit(0.65, 10));
        assertThat(a.ownerFlows().get(1)).isEqualTo(6_250.0);
        assertThat(a.ownerFlows().get(11)).isEqualTo(3_000.0);
        assertThat(a.ownerNpv()).isCloseTo(-50_000 + 6_250 * A_3_10 + 3_000 * (A_3_20 - A_3_10), within(0.05)); // 22,355.58
    }

    @Test
    void aLoansInstalmentAsMicrosoftsPmtExampleWorksItOut() {
        // support.microsoft.com, "PMT function": 10,000 at 8 % a year over 10 months, paid monthly: 1,037.03 a month
        assertThat(FinancingCalculator.annuity(10_000, 0.08 / 12, 10)).isCloseTo(1_037.03, within(0.005));
        assertThat(FinancingCalculator.annuity(1_200, 0, 12)).as("no interest: equal parts").isEqualTo(100.0);
    }

    @Test
    void onBillRepaymentAtTheDiscountRateIsWorthWhatSelfFinancingIs() {
        // 100,000 lent at 5 % over 10 years: 100,000 / a(5 %, 10) = 12,950.46 a year; 20,000 saved a year
        Investment measure = new Investment(100_000, 20_000, 150_000, 30_000, 10, 0.05, 0);
        Appraisal a = FinancingCalculator.appraise(measure, Financing.borrowed(Financing.Method.ON_BILL, 1, 0.05, 10));
        assertThat(a.instalment()).isCloseTo(100_000 / A_5_10, within(0.01)).isCloseTo(12_950.46, within(0.01));
        assertThat(a.ownerFlows().getFirst()).as("nothing paid up front").isZero();
        assertThat(a.ownerFlows().get(1)).isCloseTo(20_000 - 12_950.46, within(0.01));
        // owner: 7,049.54 × a(5 %, 10) = 54,434.70 = −100,000 + 20,000 × a(5 %, 10), the self-financed NPV, as the loan costs the discount rate
        assertThat(a.ownerNpv()).isCloseTo(-100_000 + 20_000 * A_5_10, within(0.05));
        assertThat(a.financier()).isEqualTo("utility");
        assertThat(a.financierIrr()).as("the lender earns its rate").isCloseTo(0.05, within(1e-9));
    }

    @Test
    void aGreenBondPaysCouponsAndItsPrincipalAtMaturity() {
        // 1,000,000 raised at a 3 % coupon for 5 years; 100,000 saved a year for 20 years; 3 %
        Appraisal a = FinancingCalculator.appraise(new Investment(1_000_000, 100_000, 800_000, 160_000, 20, 0.03, 0),
                Financing.borrowed(Financing.Method.GREEN_BOND, 1, 0.03, 5));
        assertThat(a.ownerFlows().subList(0, 7)).containsExactly(0.0, 70_000.0, 70_000.0, 70_000.0, 70_000.0, -930_000.0, 100_000.0);
        assertThat(a.ownerNpv()).isCloseTo(100_000 * A_3_20 - 1_000_000, within(0.5)); // 487,747.50: a bond at par is worth its principal
        assertThat(a.financierIrr()).as("bought at par, the bondholders earn the coupon").isCloseTo(0.03, within(1e-9));
    }

    @Test
    void guaranteedSavingsMakeUpTheShortfallBelowTheGuarantee() {
        // 20,000 expected, 80 % achieved (16,000); 90 % guaranteed (18,000): the ESCo pays 2,000 and is paid 1,000 a year for 5 years
        Appraisal a = FinancingCalculator.appraise(new Investment(100_000, 20_000, 150_000, 30_000, 10, 0, 0),
                Financing.guaranteedSavings(0.9, 1_000, 5, 0.8));
        assertThat(a.ownerFlows().get(1)).isEqualTo(16_000 + 2_000 - 1_000.0);
        assertThat(a.ownerFlows().get(6)).isEqualTo(16_000.0);
        assertThat(a.ownerNpv()).isCloseTo(-100_000 + 5 * 17_000 + 5 * 16_000, within(1e-6)); // 65,000 undiscounted
        assertThat(a.financierFlows().get(1)).isEqualTo(-1_000.0);
        assertThat(a.lifetimeKwh()).isEqualTo(0.8 * 150_000 * 10);
    }

    @Test
    void anEuGrantPaysItsShareAndCrowdInvestorsLendPartOfTheRest() {
        // 50,000 with a 40 % grant: 30,000 for the owner, half of it lent by the crowd at 0 % over 5 years (3,000 a year)
        Investment measure = new Investment(50_000, 5_000, 40_000, 8_000, 10, 0, 0);
        assertThat(FinancingCalculator.appraise(measure, Financing.euGrant(0.4)).ownerNpv()).isCloseTo(-30_000 + 10 * 5_000, within(1e-6));
        Financing crowd = new Financing(Financing.Method.CROWDFUNDING, 0, 0, 0, 0, 0.5, 0, 5, 0.4, 0, 0, null);
        Appraisal a = FinancingCalculator.appraise(measure, crowd);
        assertThat(a.ownerFlows().subList(0, 3)).containsExactly(-15_000.0, 2_000.0, 2_000.0);
        assertThat(a.ownerFlows().get(6)).isEqualTo(5_000.0);
        assertThatThrownBy(() -> FinancingCalculator.appraise(measure, Financing.euGrant(0))).isInstanceOf(Refusal.class)
                .hasMessageContaining("grantShare");
        assertThatThrownBy(() -> FinancingCalculator.appraise(measure, Financing.borrowed(Financing.Method.THIRD_PARTY, 1, 0.04, 11)))
                .isInstanceOf(Refusal.class).hasMessageContaining("a term of 1 to 10 years");
    }

    @Test
    void refusesWhatCannotBeAppraised() {
        assertThatThrownBy(() -> FinancingCalculator.appraise(new Investment(1_000, 100, 0, 0, 0, 0.05, 0), Financing.selfFinanced()))
                .isInstanceOf(Refusal.class).hasMessageContaining("years");
        assertThatThrownBy(() -> FinancingCalculator.appraise(new Investment(1_000, 100, 0, 0, 10, 0.05, 0), Financing.sharedSavings(0.8, 12)))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> FinancingCalculator.appraise(new Investment(-1, 100, 0, 0, 10, 0.05, 0), Financing.selfFinanced()))
                .isInstanceOf(Refusal.class);
    }
}
