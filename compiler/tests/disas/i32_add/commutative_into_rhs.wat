;; A local plus a value in a register of its own: the sum is computed in the right
;; operand's register, reading the local in place.

(module
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.add (local.get $a) (i32.mul (local.get $b) (local.get $b)))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000032
;;     1e: mov     eax,[rbp+0x10]
;;     23: imul    eax,[rbp+0x10]
;;     29: add     eax,[rbp+0x18]
;;     2e: leave
;;     2f: ret     0x10
;;     32: cmp     dword ptr [r11+0x14],0
;;     3b: jne     0x0000000000000051
;;     41: cmp     rax,[r11+0x38]
;;     46: jb      0x000000000000006B
;;     4c: jmp     0x000000000000001E
;;     51: mov     r11,[r14]
;;     56: mov     qword ptr [r11+0x18],0x20
;;     5f: mov     eax,0xA
;;     65: mov     rsp,[r11+8]
;;     6a: ret
;;     6b: mov     r11,[r14]
;;     70: mov     qword ptr [r11+0x18],0x20
;;     79: mov     eax,9
;;     7f: mov     rsp,[r11+8]
;;     84: ret
