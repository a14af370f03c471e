;; Values live across a call are spilled before it.
;; Finding: the spilled value at the top of the machine stack is popped into a fresh
;; register and the result moved back to `rax`, where `add eax,[slot]` would do.

(module
  (func $g (result i32) (i32.const 1))
  (func (export "f") (param $a i32) (param $b i32) (result i32)
    (i32.add (i32.add (i32.mul (local.get $a) (local.get $b)) (i32.xor (local.get $a) (local.get $b))) (call $g))))

;; function 0, sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000028
;;     1e: mov     eax,1
;;     24: leave
;;     25: ret     8
;;     28: cmp     dword ptr [r11+0x14],0
;;     31: jne     0x0000000000000047
;;     37: cmp     rax,[r11+0x38]
;;     3c: jb      0x0000000000000061
;;     42: jmp     0x000000000000001E
;;     47: mov     r11,[r14]
;;     4c: mov     qword ptr [r11+0x18],0x25
;;     55: mov     eax,0xA
;;     5b: mov     rsp,[r11+8]
;;     60: ret
;;     61: mov     r11,[r14]
;;     66: mov     qword ptr [r11+0x18],0x25
;;     6f: mov     eax,9
;;     75: mov     rsp,[r11+8]
;;     7a: ret

;; function 1 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005B
;;     1e: mov     eax,[rbp+0x18]
;;     23: imul    eax,[rbp+0x10]
;;     29: mov     ecx,[rbp+0x18]
;;     2e: xor     ecx,[rbp+0x10]
;;     33: add     eax,ecx
;;     36: push    rax
;;     38: lea     rsp,[rsp-8]
;;     3d: call    0xFFFFFFFFFFFFFF80
;;     42: mov     r14,[rbp-8]
;;     47: mov     ecx,[rbp-0x10]
;;     4c: lea     rsp,[rsp+8]
;;     51: add     ecx,eax
;;     54: mov     rax,rcx
;;     57: leave
;;     58: ret     0x10
;;     5b: cmp     dword ptr [r11+0x14],0
;;     64: jne     0x000000000000007A
;;     6a: cmp     rax,[r11+0x38]
;;     6f: jb      0x0000000000000094
;;     75: jmp     0x000000000000001E
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x2A
;;     88: mov     eax,0xA
;;     8e: mov     rsp,[r11+8]
;;     93: ret
;;     94: mov     r11,[r14]
;;     99: mov     qword ptr [r11+0x18],0x2A
;;     a2: mov     eax,9
;;     a8: mov     rsp,[r11+8]
;;     ad: ret
