;; `local.tee` keeps its value on the stack and in the local.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32) (local $x i32)
    (i32.add (local.tee $x (i32.mul (local.get $a) (local.get $b))) (local.get $x))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003A
;;     1e: xor     eax,eax
;;     20: push    rax
;;     21: mov     eax,[rbp+0x18]
;;     26: imul    eax,[rbp+0x10]
;;     2c: mov     [rbp-0x10],rax
;;     31: add     eax,[rbp-0x10]
;;     36: leave
;;     37: ret     0x10
;;     3a: cmp     dword ptr [r11+0x14],0
;;     43: jne     0x0000000000000059
;;     49: cmp     rax,[r11+0x38]
;;     4e: jb      0x0000000000000073
;;     54: jmp     0x000000000000001E
;;     59: mov     r11,[r14]
;;     5e: mov     qword ptr [r11+0x18],0x20
;;     67: mov     eax,0xA
;;     6d: mov     rsp,[r11+8]
;;     72: ret
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x20
;;     81: mov     eax,9
;;     87: mov     rsp,[r11+8]
;;     8c: ret
