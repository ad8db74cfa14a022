package org.bilateral.trade;

import org.bilateral.testsupport.ProdProfileContract;

/** The trade service's prod profile trusts no dev key and holds no secret. */
class ProdProfileTest extends ProdProfileContract {
}
