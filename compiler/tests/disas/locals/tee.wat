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
;;     18: jb      0x0000000000000038
;;     1e: xor     eax,eax
;;     20: push    rax
;;     21: mov     eax,[rbp+0x18]
;;     26: imul    eax,[rbp+0x10]
;;     2c: mov     [rbp-0x10],rax
;;     31: add     eax,[rbp-0x10]
;;     36: leave
;;     37: ret
;;     38: cmp     dword ptr [r11+0x14],0
;;     41: jne     0x0000000000000057
;;     47: cmp     rax,[r11+0x38]
;;     4c: jb      0x0000000000000071
;;     52: jmp     0x000000000000001E
;;     57: mov     r11,[r14]
;;     5c: mov     qword ptr [r11+0x18],0x20
;;     65: mov     eax,0xA
;;     6b: mov     rsp,[r11+8]
;;     70: ret
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x20
;;     7f: mov     eax,9
;;     85: mov     rsp,[r11+8]
;;     8a: ret
