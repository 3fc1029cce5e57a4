-- CreateTable
CREATE TABLE "learning_day" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,

    CONSTRAINT "learning_day_pkey" PRIMARY KEY ("userId","day")
);

-- AddForeignKey
ALTER TABLE "learning_day" ADD CONSTRAINT "learning_day_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
